CREATE TABLE public."Posts" (
    id integer NOT NULL,
    title character varying(255),
    code character varying(40),
    slug character varying(100)
);
CREATE SEQUENCE public."Posts_id_seq"
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;
ALTER SEQUENCE public."Posts_id_seq" OWNED BY public."Posts".id;
ALTER TABLE ONLY public."Posts" ALTER COLUMN id SET DEFAULT nextval('public."Posts_id_seq"'::regclass);
ALTER TABLE ONLY public."Posts"
    ADD CONSTRAINT "Posts_pkey" PRIMARY KEY (id);
CREATE INDEX posts_code_slug ON public."Posts" USING btree (code, slug);
CREATE UNIQUE INDEX posts_slug ON public."Posts" USING btree (slug);
CREATE INDEX posts_title_code ON public."Posts" USING btree (title, code DESC);
