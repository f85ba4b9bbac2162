CREATE TABLE public."Classes" (
    id integer NOT NULL,
    "className" character varying(100) NOT NULL,
    "startedOn" date,
    "createdAt" timestamp(6) with time zone NOT NULL,
    "updatedAt" timestamp(6) with time zone NOT NULL
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
    "classId" integer NOT NULL,
    "studentId" integer NOT NULL
);
CREATE TABLE public."Students" (
    id integer NOT NULL,
    "firstName" character varying(255) NOT NULL,
    "lastName" character varying(255),
    "createdAt" timestamp(6) with time zone NOT NULL,
    "updatedAt" timestamp(6) with time zone NOT NULL
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
    ADD CONSTRAINT "Classes_pkey" PRIMARY KEY (id);
ALTER TABLE ONLY public."Enrollments"
    ADD CONSTRAINT "Enrollments_pkey" PRIMARY KEY ("classId", "studentId");
ALTER TABLE ONLY public."Students"
    ADD CONSTRAINT "Students_pkey" PRIMARY KEY (id);
ALTER TABLE ONLY public."Classes"
    ADD CONSTRAINT classes_class_name_unique UNIQUE ("className");
ALTER TABLE ONLY public."Enrollments"
    ADD CONSTRAINT "Enrollments_classId_fkey" FOREIGN KEY ("classId") REFERENCES public."Classes"(id) ON UPDATE CASCADE ON DELETE CASCADE;
ALTER TABLE ONLY public."Enrollments"
    ADD CONSTRAINT "Enrollments_studentId_fkey" FOREIGN KEY ("studentId") REFERENCES public."Students"(id) ON UPDATE CASCADE ON DELETE CASCADE;
