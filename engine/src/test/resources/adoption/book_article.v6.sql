CREATE TABLE public."Articles" (
    id integer NOT NULL,
    headline character varying(255),
    "createdAt" timestamp with time zone NOT NULL,
    "updatedAt" timestamp with time zone NOT NULL
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
    "createdAt" timestamp with time zone NOT NULL,
    "updatedAt" timestamp with time zone NOT NULL
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
    "createdAt" timestamp with time zone NOT NULL,
    "updatedAt" timestamp with time zone NOT NULL,
    "BookId" integer NOT NULL,
    "ArticleId" integer NOT NULL
);
ALTER TABLE ONLY public."Articles" ALTER COLUMN id SET DEFAULT nextval('public."Articles_id_seq"'::regclass);
ALTER TABLE ONLY public."Books" ALTER COLUMN id SET DEFAULT nextval('public."Books_id_seq"'::regclass);
ALTER TABLE ONLY public."Articles"
    ADD CONSTRAINT "Articles_pkey" PRIMARY KEY (id);
ALTER TABLE ONLY public."Books"
    ADD CONSTRAINT "Books_pkey" PRIMARY KEY (id);
ALTER TABLE ONLY public.book_articles
    ADD CONSTRAINT book_articles_pkey PRIMARY KEY ("BookId", "ArticleId");
ALTER TABLE ONLY public.book_articles
    ADD CONSTRAINT "book_articles_ArticleId_fkey" FOREIGN KEY ("ArticleId") REFERENCES public."Articles"(id) ON UPDATE CASCADE ON DELETE CASCADE;
ALTER TABLE ONLY public.book_articles
    ADD CONSTRAINT "book_articles_BookId_fkey" FOREIGN KEY ("BookId") REFERENCES public."Books"(id) ON UPDATE CASCADE ON DELETE CASCADE;
