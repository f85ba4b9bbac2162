CREATE TABLE public."Docs" (
    id integer NOT NULL,
    title character varying(255),
    slug character varying(255),
    code character varying(255),
    body text,
    tags jsonb,
    data jsonb,
    search tsvector,
    "postedAt" timestamp with time zone
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
CREATE INDEX doc_data_path ON public."Docs" USING gin (data jsonb_path_ops);
CREATE UNIQUE INDEX doc_slug_unique ON public."Docs" USING btree (slug varchar_pattern_ops);
CREATE INDEX doc_title_c ON public."Docs" USING btree (title COLLATE "C" DESC, code COLLATE "POSIX" text_pattern_ops);
CREATE INDEX doc_title_slug_pattern ON public."Docs" USING btree (title varchar_pattern_ops, slug varchar_pattern_ops);
CREATE INDEX docs_body ON public."Docs" USING spgist (body);
CREATE INDEX docs_code ON public."Docs" USING hash (code);
CREATE INDEX docs_posted_at ON public."Docs" USING brin ("postedAt");
CREATE INDEX docs_search ON public."Docs" USING gist (search);
CREATE INDEX docs_tags ON public."Docs" USING gin (tags);
