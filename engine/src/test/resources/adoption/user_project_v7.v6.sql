CREATE TABLE public."Projects" (
    id integer NOT NULL,
    title character varying(255) NOT NULL,
    "createdAt" timestamp with time zone NOT NULL,
    "updatedAt" timestamp with time zone NOT NULL,
    "ownerId" integer NOT NULL,
    "assigneeId" integer
);
CREATE SEQUENCE public."Projects_id_seq"
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;
ALTER SEQUENCE public."Projects_id_seq" OWNED BY public."Projects".id;
CREATE TABLE public."UserProjects" (
    role character varying(255),
    "createdAt" timestamp with time zone NOT NULL,
    "updatedAt" timestamp with time zone NOT NULL,
    "UserId" integer NOT NULL,
    "ProjectId" integer NOT NULL
);
CREATE TABLE public."Users" (
    id integer NOT NULL,
    name character varying(255) NOT NULL,
    rating double precision,
    "createdAt" timestamp with time zone NOT NULL,
    "updatedAt" timestamp with time zone NOT NULL
);
CREATE SEQUENCE public."Users_id_seq"
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;
ALTER SEQUENCE public."Users_id_seq" OWNED BY public."Users".id;
ALTER TABLE ONLY public."Projects" ALTER COLUMN id SET DEFAULT nextval('public."Projects_id_seq"'::regclass);
ALTER TABLE ONLY public."Users" ALTER COLUMN id SET DEFAULT nextval('public."Users_id_seq"'::regclass);
ALTER TABLE ONLY public."Projects"
    ADD CONSTRAINT "Projects_pkey" PRIMARY KEY (id);
ALTER TABLE ONLY public."UserProjects"
    ADD CONSTRAINT "UserProjects_pkey" PRIMARY KEY ("UserId", "ProjectId");
ALTER TABLE ONLY public."Users"
    ADD CONSTRAINT "Users_pkey" PRIMARY KEY (id);
ALTER TABLE ONLY public."Projects"
    ADD CONSTRAINT "Projects_assigneeId_fkey" FOREIGN KEY ("assigneeId") REFERENCES public."Users"(id) ON UPDATE CASCADE ON DELETE SET NULL;
ALTER TABLE ONLY public."Projects"
    ADD CONSTRAINT "Projects_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES public."Users"(id) ON UPDATE CASCADE ON DELETE CASCADE;
ALTER TABLE ONLY public."UserProjects"
    ADD CONSTRAINT "UserProjects_ProjectId_fkey" FOREIGN KEY ("ProjectId") REFERENCES public."Projects"(id) ON UPDATE CASCADE ON DELETE CASCADE;
ALTER TABLE ONLY public."UserProjects"
    ADD CONSTRAINT "UserProjects_UserId_fkey" FOREIGN KEY ("UserId") REFERENCES public."Users"(id) ON UPDATE CASCADE ON DELETE CASCADE;
