CREATE TABLE public."LikedToot" (
    "createdAt" timestamp with time zone NOT NULL,
    "updatedAt" timestamp with time zone NOT NULL,
    "PersonId" integer NOT NULL,
    "TootId" integer NOT NULL
);
CREATE TABLE public."People" (
    id integer NOT NULL,
    handle character varying(30) NOT NULL,
    "createdAt" timestamp with time zone NOT NULL,
    "updatedAt" timestamp with time zone NOT NULL
);
CREATE SEQUENCE public."People_id_seq"
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;
ALTER SEQUENCE public."People_id_seq" OWNED BY public."People".id;
CREATE TABLE public."Toots" (
    id integer NOT NULL,
    body text NOT NULL,
    score double precision,
    "createdAt" timestamp with time zone NOT NULL,
    "updatedAt" timestamp with time zone NOT NULL,
    "PersonId" integer
);
CREATE SEQUENCE public."Toots_id_seq"
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;
ALTER SEQUENCE public."Toots_id_seq" OWNED BY public."Toots".id;
ALTER TABLE ONLY public."People" ALTER COLUMN id SET DEFAULT nextval('public."People_id_seq"'::regclass);
ALTER TABLE ONLY public."Toots" ALTER COLUMN id SET DEFAULT nextval('public."Toots_id_seq"'::regclass);
ALTER TABLE ONLY public."LikedToot"
    ADD CONSTRAINT "LikedToot_pkey" PRIMARY KEY ("PersonId", "TootId");
ALTER TABLE ONLY public."People"
    ADD CONSTRAINT "People_handle_key" UNIQUE (handle);
ALTER TABLE ONLY public."People"
    ADD CONSTRAINT "People_pkey" PRIMARY KEY (id);
ALTER TABLE ONLY public."Toots"
    ADD CONSTRAINT "Toots_pkey" PRIMARY KEY (id);
ALTER TABLE ONLY public."LikedToot"
    ADD CONSTRAINT "LikedToot_PersonId_fkey" FOREIGN KEY ("PersonId") REFERENCES public."People"(id) ON UPDATE CASCADE ON DELETE CASCADE;
ALTER TABLE ONLY public."LikedToot"
    ADD CONSTRAINT "LikedToot_TootId_fkey" FOREIGN KEY ("TootId") REFERENCES public."Toots"(id) ON UPDATE CASCADE ON DELETE CASCADE;
ALTER TABLE ONLY public."Toots"
    ADD CONSTRAINT "Toots_PersonId_fkey" FOREIGN KEY ("PersonId") REFERENCES public."People"(id) ON UPDATE CASCADE ON DELETE SET NULL;
