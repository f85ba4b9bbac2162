CREATE TABLE public."Books" (
    id integer NOT NULL,
    title character varying(255),
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
CREATE TABLE public."Pairs" (
    a integer NOT NULL,
    b integer NOT NULL,
    "createdAt" timestamp(6) with time zone NOT NULL,
    "updatedAt" timestamp(6) with time zone NOT NULL
);
ALTER TABLE ONLY public."Books" ALTER COLUMN id SET DEFAULT nextval('public."Books_id_seq"'::regclass);
ALTER TABLE ONLY public."Pairs"
    ADD CONSTRAINT "Pairs_pkey" PRIMARY KEY (a, b);
ALTER TABLE ONLY public."Books"
    ADD CONSTRAINT books_id_unique PRIMARY KEY (id);
ALTER TABLE ONLY public."Pairs"
    ADD CONSTRAINT pairs_a_unique UNIQUE (a);
