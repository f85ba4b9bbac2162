CREATE TABLE public."Docs" (
    id integer NOT NULL,
    title character varying(255),
    slug character varying(255),
    a character varying(255),
    b character varying(255),
    c character varying(255)
);
CREATE SEQUENCE public."Docs_id_seq"
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;
ALTER SEQUENCE public."Docs_id_seq" OWNED BY public."Docs".id;
ALTER TABLE ONLY public."Docs" ALTER COLUMN id SET DEFAULT nextval('public."Docs_id_seq"'::regclass);
ALTER TABLE ONLY public."Docs"
    ADD CONSTRAINT "Docs_pkey" PRIMARY KEY (id);
