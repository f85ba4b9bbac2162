CREATE TABLE public."Articles" (
    id integer NOT NULL,
    title character varying(255),
    summary character varying(500)
);
CREATE SEQUENCE public."Articles_id_seq"
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;
ALTER SEQUENCE public."Articles_id_seq" OWNED BY public."Articles".id;
ALTER TABLE ONLY public."Articles" ALTER COLUMN id SET DEFAULT nextval('public."Articles_id_seq"'::regclass);
ALTER TABLE ONLY public."Articles"
    ADD CONSTRAINT "Articles_pkey" PRIMARY KEY (id);
CREATE INDEX articles_search ON public."Articles" USING btree (title, summary);
CREATE INDEX articles_title ON public."Articles" USING btree (title);
