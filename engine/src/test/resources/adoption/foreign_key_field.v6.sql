CREATE TABLE public."PostTags" (
    post_id integer NOT NULL,
    tag_id integer NOT NULL
);
CREATE TABLE public."Posts" (
    id integer NOT NULL,
    title character varying(255),
    author_id integer,
    editor_ref integer,
    "reviewerId" integer DEFAULT 1
);
CREATE SEQUENCE public."Posts_id_seq"
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;
ALTER SEQUENCE public."Posts_id_seq" OWNED BY public."Posts".id;
CREATE TABLE public."Tags" (
    id integer NOT NULL,
    label character varying(255)
);
CREATE SEQUENCE public."Tags_id_seq"
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;
ALTER SEQUENCE public."Tags_id_seq" OWNED BY public."Tags".id;
CREATE TABLE public."Users" (
    id integer NOT NULL,
    name character varying(255)
);
CREATE SEQUENCE public."Users_id_seq"
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;
ALTER SEQUENCE public."Users_id_seq" OWNED BY public."Users".id;
ALTER TABLE ONLY public."Posts" ALTER COLUMN id SET DEFAULT nextval('public."Posts_id_seq"'::regclass);
ALTER TABLE ONLY public."Tags" ALTER COLUMN id SET DEFAULT nextval('public."Tags_id_seq"'::regclass);
ALTER TABLE ONLY public."Users" ALTER COLUMN id SET DEFAULT nextval('public."Users_id_seq"'::regclass);
ALTER TABLE ONLY public."PostTags"
    ADD CONSTRAINT "PostTags_pkey" PRIMARY KEY (post_id, tag_id);
ALTER TABLE ONLY public."Posts"
    ADD CONSTRAINT "Posts_pkey" PRIMARY KEY (id);
ALTER TABLE ONLY public."Tags"
    ADD CONSTRAINT "Tags_pkey" PRIMARY KEY (id);
ALTER TABLE ONLY public."Users"
    ADD CONSTRAINT "Users_pkey" PRIMARY KEY (id);
ALTER TABLE ONLY public."PostTags"
    ADD CONSTRAINT "PostTags_post_id_fkey" FOREIGN KEY (post_id) REFERENCES public."Posts"(id) ON UPDATE CASCADE ON DELETE CASCADE;
ALTER TABLE ONLY public."PostTags"
    ADD CONSTRAINT "PostTags_tag_id_fkey" FOREIGN KEY (tag_id) REFERENCES public."Tags"(id) ON UPDATE CASCADE ON DELETE CASCADE;
ALTER TABLE ONLY public."Posts"
    ADD CONSTRAINT "Posts_author_id_fkey" FOREIGN KEY (author_id) REFERENCES public."Users"(id) ON UPDATE CASCADE ON DELETE SET NULL;
ALTER TABLE ONLY public."Posts"
    ADD CONSTRAINT "Posts_editor_ref_fkey" FOREIGN KEY (editor_ref) REFERENCES public."Users"(id) ON UPDATE CASCADE ON DELETE SET NULL;
ALTER TABLE ONLY public."Posts"
    ADD CONSTRAINT "Posts_reviewerId_fkey" FOREIGN KEY ("reviewerId") REFERENCES public."Users"(id) ON UPDATE CASCADE ON DELETE SET NULL;
