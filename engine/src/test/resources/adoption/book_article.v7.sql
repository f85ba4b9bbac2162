CREATE TABLE public."Articles" (
    id integer NOT NULL,
    headline character varying(255),
    "createdAt" timestamp(6) with time zone NOT NULL,
    "updatedAt" timestamp(6) with time zone NOT NULL
);
CREATE SEQUENCE public."Articles_id_seq"
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;
ALTER SEQUENCE public."Articles_id_seq" OWNED BY public."Articles".id;
CREATE TABLE public."Books" (
    id integer NOT NULL,
    title character varying(255) NOT NULL,
    "createdAt" timestamp(6) with time zone NOT NULL,
    "updatedAt" timestamp(6) with time zone NOT NULL
);
CREATE SEQUENCE public."Books_id_seq"
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;
ALTER SEQUENCE public."Books_id_seq" OWNED BY public."Books".id;
CREATE TABLE public.book_articles (
    "createdAt" timestamp(6) with time zone NOT NULL,
    "updatedAt" timestamp(6) with time zone NOT NULL,
    "articleId" integer NOT NULL,
    "bookId" integer NOT NULL
);
ALTER TABLE ONLY public."Articles" ALTER COLUMN id SET DEFAULT nextval('public."Articles_id_seq"'::regclass);
ALTER TABLE ONLY public."Books" ALTER COLUMN id SET DEFAULT nextval('public."Books_id_seq"'::regclass);
ALTER TABLE ONLY public."Articles"
    ADD CONSTRAINT "Articles_pkey" PRIMARY KEY (id);
ALTER TABLE ONLY public.book_articles
    ADD CONSTRAINT book_articles_pkey PRIMARY KEY ("articleId", "bookId");
ALTER TABLE ONLY public."Books"
    ADD CONSTRAINT books_id_unique PRIMARY KEY (id);
ALTER TABLE ONLY public.book_articles
    ADD CONSTRAINT "book_articles_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES public."Articles"(id) ON UPDATE CASCADE ON DELETE CASCADE;
ALTER TABLE ONLY public.book_articles
    ADD CONSTRAINT "book_articles_bookId_fkey" FOREIGN KEY ("bookId") REFERENCES public."Books"(id) ON UPDATE CASCADE ON DELETE CASCADE;
