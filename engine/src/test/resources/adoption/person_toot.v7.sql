CREATE TABLE public."LikedToot" (
    "createdAt" timestamp(6) with time zone NOT NULL,
    "updatedAt" timestamp(6) with time zone NOT NULL,
    "tootId" integer NOT NULL,
    "personId" integer NOT NULL
);
CREATE TABLE public."People" (
    id integer NOT NULL,
    handle character varying(30) NOT NULL,
    "createdAt" timestamp(6) with time zone NOT NULL,
    "updatedAt" timestamp(6) with time zone NOT NULL
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
    score real,
    "createdAt" timestamp(6) with time zone NOT NULL,
    "updatedAt" timestamp(6) with time zone NOT NULL,
    "personId" integer
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
    ADD CONSTRAINT "LikedToot_pkey" PRIMARY KEY ("tootId", "personId");
ALTER TABLE ONLY public."People"
    ADD CONSTRAINT "People_pkey" PRIMARY KEY (id);
ALTER TABLE ONLY public."Toots"
    ADD CONSTRAINT "Toots_pkey" PRIMARY KEY (id);
ALTER TABLE ONLY public."People"
    ADD CONSTRAINT people_handle_unique UNIQUE (handle);
ALTER TABLE ONLY public."LikedToot"
    ADD CONSTRAINT "LikedToot_personId_fkey" FOREIGN KEY ("personId") REFERENCES public."People"(id) ON UPDATE CASCADE ON DELETE CASCADE;
ALTER TABLE ONLY public."LikedToot"
    ADD CONSTRAINT "LikedToot_tootId_fkey" FOREIGN KEY ("tootId") REFERENCES public."Toots"(id) ON UPDATE CASCADE ON DELETE CASCADE;
ALTER TABLE ONLY public."Toots"
    ADD CONSTRAINT "Toots_personId_fkey" FOREIGN KEY ("personId") REFERENCES public."People"(id) ON UPDATE CASCADE ON DELETE SET NULL;
