CREATE TABLE public."Addresses" (
    id integer NOT NULL,
    name character varying(255),
    "createdAt" timestamp with time zone NOT NULL,
    "updatedAt" timestamp with time zone NOT NULL
);
CREATE SEQUENCE public."Addresses_id_seq"
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;
ALTER SEQUENCE public."Addresses_id_seq" OWNED BY public."Addresses".id;
CREATE TABLE public."Boxes" (
    id integer NOT NULL,
    name character varying(255),
    "createdAt" timestamp with time zone NOT NULL,
    "updatedAt" timestamp with time zone NOT NULL
);
CREATE SEQUENCE public."Boxes_id_seq"
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;
ALTER SEQUENCE public."Boxes_id_seq" OWNED BY public."Boxes".id;
CREATE TABLE public."Categories" (
    id integer NOT NULL,
    name character varying(255),
    "createdAt" timestamp with time zone NOT NULL,
    "updatedAt" timestamp with time zone NOT NULL
);
CREATE SEQUENCE public."Categories_id_seq"
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;
ALTER SEQUENCE public."Categories_id_seq" OWNED BY public."Categories".id;
CREATE TABLE public."Children" (
    id integer NOT NULL,
    name character varying(255),
    "createdAt" timestamp with time zone NOT NULL,
    "updatedAt" timestamp with time zone NOT NULL
);
CREATE SEQUENCE public."Children_id_seq"
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;
ALTER SEQUENCE public."Children_id_seq" OWNED BY public."Children".id;
CREATE TABLE public."Companies" (
    id integer NOT NULL,
    name character varying(255),
    "createdAt" timestamp with time zone NOT NULL,
    "updatedAt" timestamp with time zone NOT NULL
);
CREATE SEQUENCE public."Companies_id_seq"
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;
ALTER SEQUENCE public."Companies_id_seq" OWNED BY public."Companies".id;
CREATE TABLE public."Equipment" (
    id integer NOT NULL,
    name character varying(255),
    "createdAt" timestamp with time zone NOT NULL,
    "updatedAt" timestamp with time zone NOT NULL
);
CREATE SEQUENCE public."Equipment_id_seq"
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;
ALTER SEQUENCE public."Equipment_id_seq" OWNED BY public."Equipment".id;
CREATE TABLE public."Frozen" (
    id integer NOT NULL,
    name character varying(255),
    "createdAt" timestamp with time zone NOT NULL,
    "updatedAt" timestamp with time zone NOT NULL
);
CREATE SEQUENCE public."Frozen_id_seq"
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;
ALTER SEQUENCE public."Frozen_id_seq" OWNED BY public."Frozen".id;
CREATE TABLE public."Leafs" (
    id integer NOT NULL,
    name character varying(255),
    "createdAt" timestamp with time zone NOT NULL,
    "updatedAt" timestamp with time zone NOT NULL
);
CREATE SEQUENCE public."Leafs_id_seq"
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;
ALTER SEQUENCE public."Leafs_id_seq" OWNED BY public."Leafs".id;
CREATE TABLE public."Mice" (
    id integer NOT NULL,
    name character varying(255),
    "createdAt" timestamp with time zone NOT NULL,
    "updatedAt" timestamp with time zone NOT NULL
);
CREATE SEQUENCE public."Mice_id_seq"
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;
ALTER SEQUENCE public."Mice_id_seq" OWNED BY public."Mice".id;
CREATE TABLE public."People" (
    id integer NOT NULL,
    name character varying(255),
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
CREATE TABLE public."Statuses" (
    id integer NOT NULL,
    name character varying(255),
    "createdAt" timestamp with time zone NOT NULL,
    "updatedAt" timestamp with time zone NOT NULL
);
CREATE SEQUENCE public."Statuses_id_seq"
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;
ALTER SEQUENCE public."Statuses_id_seq" OWNED BY public."Statuses".id;
CREATE TABLE public."UserRoles" (
    id integer NOT NULL,
    name character varying(255),
    "createdAt" timestamp with time zone NOT NULL,
    "updatedAt" timestamp with time zone NOT NULL
);
CREATE SEQUENCE public."UserRoles_id_seq"
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;
ALTER SEQUENCE public."UserRoles_id_seq" OWNED BY public."UserRoles".id;
CREATE TABLE public.snake_roles (
    id integer NOT NULL,
    role_name character varying(255),
    created_at timestamp with time zone NOT NULL,
    updated_at timestamp with time zone NOT NULL
);
CREATE SEQUENCE public.snake_roles_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;
ALTER SEQUENCE public.snake_roles_id_seq OWNED BY public.snake_roles.id;
CREATE TABLE public.tbl_named (
    id integer NOT NULL,
    name character varying(255),
    "createdAt" timestamp with time zone NOT NULL,
    "updatedAt" timestamp with time zone NOT NULL
);
CREATE SEQUENCE public.tbl_named_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;
ALTER SEQUENCE public.tbl_named_id_seq OWNED BY public.tbl_named.id;
ALTER TABLE ONLY public."Addresses" ALTER COLUMN id SET DEFAULT nextval('public."Addresses_id_seq"'::regclass);
ALTER TABLE ONLY public."Boxes" ALTER COLUMN id SET DEFAULT nextval('public."Boxes_id_seq"'::regclass);
ALTER TABLE ONLY public."Categories" ALTER COLUMN id SET DEFAULT nextval('public."Categories_id_seq"'::regclass);
ALTER TABLE ONLY public."Children" ALTER COLUMN id SET DEFAULT nextval('public."Children_id_seq"'::regclass);
ALTER TABLE ONLY public."Companies" ALTER COLUMN id SET DEFAULT nextval('public."Companies_id_seq"'::regclass);
ALTER TABLE ONLY public."Equipment" ALTER COLUMN id SET DEFAULT nextval('public."Equipment_id_seq"'::regclass);
ALTER TABLE ONLY public."Frozen" ALTER COLUMN id SET DEFAULT nextval('public."Frozen_id_seq"'::regclass);
ALTER TABLE ONLY public."Leafs" ALTER COLUMN id SET DEFAULT nextval('public."Leafs_id_seq"'::regclass);
ALTER TABLE ONLY public."Mice" ALTER COLUMN id SET DEFAULT nextval('public."Mice_id_seq"'::regclass);
ALTER TABLE ONLY public."People" ALTER COLUMN id SET DEFAULT nextval('public."People_id_seq"'::regclass);
ALTER TABLE ONLY public."Statuses" ALTER COLUMN id SET DEFAULT nextval('public."Statuses_id_seq"'::regclass);
ALTER TABLE ONLY public."UserRoles" ALTER COLUMN id SET DEFAULT nextval('public."UserRoles_id_seq"'::regclass);
ALTER TABLE ONLY public.snake_roles ALTER COLUMN id SET DEFAULT nextval('public.snake_roles_id_seq'::regclass);
ALTER TABLE ONLY public.tbl_named ALTER COLUMN id SET DEFAULT nextval('public.tbl_named_id_seq'::regclass);
ALTER TABLE ONLY public."Addresses"
    ADD CONSTRAINT "Addresses_pkey" PRIMARY KEY (id);
ALTER TABLE ONLY public."Boxes"
    ADD CONSTRAINT "Boxes_pkey" PRIMARY KEY (id);
ALTER TABLE ONLY public."Categories"
    ADD CONSTRAINT "Categories_pkey" PRIMARY KEY (id);
ALTER TABLE ONLY public."Children"
    ADD CONSTRAINT "Children_pkey" PRIMARY KEY (id);
ALTER TABLE ONLY public."Companies"
    ADD CONSTRAINT "Companies_pkey" PRIMARY KEY (id);
ALTER TABLE ONLY public."Equipment"
    ADD CONSTRAINT "Equipment_pkey" PRIMARY KEY (id);
ALTER TABLE ONLY public."Frozen"
    ADD CONSTRAINT "Frozen_pkey" PRIMARY KEY (id);
ALTER TABLE ONLY public."Leafs"
    ADD CONSTRAINT "Leafs_pkey" PRIMARY KEY (id);
ALTER TABLE ONLY public."Mice"
    ADD CONSTRAINT "Mice_pkey" PRIMARY KEY (id);
ALTER TABLE ONLY public."People"
    ADD CONSTRAINT "People_pkey" PRIMARY KEY (id);
ALTER TABLE ONLY public."Statuses"
    ADD CONSTRAINT "Statuses_pkey" PRIMARY KEY (id);
ALTER TABLE ONLY public."UserRoles"
    ADD CONSTRAINT "UserRoles_pkey" PRIMARY KEY (id);
ALTER TABLE ONLY public.snake_roles
    ADD CONSTRAINT snake_roles_pkey PRIMARY KEY (id);
ALTER TABLE ONLY public.tbl_named
    ADD CONSTRAINT tbl_named_pkey PRIMARY KEY (id);
