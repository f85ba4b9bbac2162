CREATE TABLE public."Tasks" (
    id integer NOT NULL,
    t character varying(255),
    version integer DEFAULT 0 NOT NULL,
    "squadId" integer
);
CREATE SEQUENCE public."Tasks_id_seq"
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;
ALTER SEQUENCE public."Tasks_id_seq" OWNED BY public."Tasks".id;
CREATE TABLE public."TeamUsers" (
    "createdAt" timestamp with time zone NOT NULL,
    "updatedAt" timestamp with time zone NOT NULL,
    version integer DEFAULT 0 NOT NULL,
    "squadId" integer NOT NULL,
    "UserId" integer NOT NULL
);
CREATE TABLE public."Teams" (
    id integer NOT NULL,
    code character varying(255),
    "createdAt" timestamp with time zone NOT NULL,
    "updatedAt" timestamp with time zone NOT NULL,
    version integer DEFAULT 0 NOT NULL
);
CREATE SEQUENCE public."Teams_id_seq"
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;
ALTER SEQUENCE public."Teams_id_seq" OWNED BY public."Teams".id;
CREATE TABLE public."Users" (
    id integer NOT NULL,
    name character varying(255),
    "lockVersion" integer DEFAULT 0 NOT NULL,
    "squadId" integer
);
CREATE SEQUENCE public."Users_id_seq"
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;
ALTER SEQUENCE public."Users_id_seq" OWNED BY public."Users".id;
ALTER TABLE ONLY public."Tasks" ALTER COLUMN id SET DEFAULT nextval('public."Tasks_id_seq"'::regclass);
ALTER TABLE ONLY public."Teams" ALTER COLUMN id SET DEFAULT nextval('public."Teams_id_seq"'::regclass);
ALTER TABLE ONLY public."Users" ALTER COLUMN id SET DEFAULT nextval('public."Users_id_seq"'::regclass);
ALTER TABLE ONLY public."Tasks"
    ADD CONSTRAINT "Tasks_pkey" PRIMARY KEY (id);
ALTER TABLE ONLY public."TeamUsers"
    ADD CONSTRAINT "TeamUsers_pkey" PRIMARY KEY ("squadId", "UserId");
ALTER TABLE ONLY public."Teams"
    ADD CONSTRAINT "Teams_pkey" PRIMARY KEY (id);
ALTER TABLE ONLY public."Users"
    ADD CONSTRAINT "Users_pkey" PRIMARY KEY (id);
ALTER TABLE ONLY public."Tasks"
    ADD CONSTRAINT "Tasks_squadId_fkey" FOREIGN KEY ("squadId") REFERENCES public."Teams"(id) ON UPDATE CASCADE ON DELETE SET NULL;
ALTER TABLE ONLY public."TeamUsers"
    ADD CONSTRAINT "TeamUsers_UserId_fkey" FOREIGN KEY ("UserId") REFERENCES public."Users"(id) ON UPDATE CASCADE ON DELETE CASCADE;
ALTER TABLE ONLY public."TeamUsers"
    ADD CONSTRAINT "TeamUsers_squadId_fkey" FOREIGN KEY ("squadId") REFERENCES public."Teams"(id) ON UPDATE CASCADE ON DELETE CASCADE;
ALTER TABLE ONLY public."Users"
    ADD CONSTRAINT "Users_squadId_fkey" FOREIGN KEY ("squadId") REFERENCES public."Teams"(id) ON UPDATE CASCADE ON DELETE SET NULL;
