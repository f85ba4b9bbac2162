CREATE TABLE public."Classes" (
    id integer NOT NULL,
    "className" character varying(100) NOT NULL,
    "startedOn" date,
    "createdAt" timestamp with time zone NOT NULL,
    "updatedAt" timestamp with time zone NOT NULL
);
CREATE SEQUENCE public."Classes_id_seq"
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;
ALTER SEQUENCE public."Classes_id_seq" OWNED BY public."Classes".id;
CREATE TABLE public."Enrollments" (
    grade character(2),
    "StudentId" integer NOT NULL,
    "ClassId" integer NOT NULL
);
CREATE TABLE public."Students" (
    id integer NOT NULL,
    "firstName" character varying(255) NOT NULL,
    "lastName" character varying(255),
    "createdAt" timestamp with time zone NOT NULL,
    "updatedAt" timestamp with time zone NOT NULL
);
CREATE SEQUENCE public."Students_id_seq"
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;
ALTER SEQUENCE public."Students_id_seq" OWNED BY public."Students".id;
ALTER TABLE ONLY public."Classes" ALTER COLUMN id SET DEFAULT nextval('public."Classes_id_seq"'::regclass);
ALTER TABLE ONLY public."Students" ALTER COLUMN id SET DEFAULT nextval('public."Students_id_seq"'::regclass);
ALTER TABLE ONLY public."Classes"
    ADD CONSTRAINT "Classes_className_key" UNIQUE ("className");
ALTER TABLE ONLY public."Classes"
    ADD CONSTRAINT "Classes_pkey" PRIMARY KEY (id);
ALTER TABLE ONLY public."Enrollments"
    ADD CONSTRAINT "Enrollments_pkey" PRIMARY KEY ("StudentId", "ClassId");
ALTER TABLE ONLY public."Students"
    ADD CONSTRAINT "Students_pkey" PRIMARY KEY (id);
ALTER TABLE ONLY public."Enrollments"
    ADD CONSTRAINT "Enrollments_ClassId_fkey" FOREIGN KEY ("ClassId") REFERENCES public."Classes"(id) ON UPDATE CASCADE ON DELETE CASCADE;
ALTER TABLE ONLY public."Enrollments"
    ADD CONSTRAINT "Enrollments_StudentId_fkey" FOREIGN KEY ("StudentId") REFERENCES public."Students"(id) ON UPDATE CASCADE ON DELETE CASCADE;
