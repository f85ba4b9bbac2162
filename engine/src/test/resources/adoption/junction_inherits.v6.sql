CREATE TABLE public."ClubUsers" (
    made_at timestamp with time zone NOT NULL,
    updated_at timestamp with time zone NOT NULL,
    gone_at timestamp with time zone,
    club_id integer NOT NULL,
    user_id integer NOT NULL
);
CREATE TABLE public."TeamUsers" (
    "addedOn" timestamp with time zone NOT NULL,
    "TeamId" integer NOT NULL,
    "UserId" integer NOT NULL
);
CREATE TABLE public."Teams" (
    id integer NOT NULL,
    code character varying(255),
    "addedOn" timestamp with time zone NOT NULL
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
    n character varying(255)
);
CREATE SEQUENCE public."Users_id_seq"
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;
ALTER SEQUENCE public."Users_id_seq" OWNED BY public."Users".id;
CREATE TABLE public.clubs (
    id integer NOT NULL,
    code character varying(255),
    made_at timestamp with time zone NOT NULL,
    updated_at timestamp with time zone NOT NULL,
    gone_at timestamp with time zone
);
CREATE SEQUENCE public.clubs_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;
ALTER SEQUENCE public.clubs_id_seq OWNED BY public.clubs.id;
ALTER TABLE ONLY public."Teams" ALTER COLUMN id SET DEFAULT nextval('public."Teams_id_seq"'::regclass);
ALTER TABLE ONLY public."Users" ALTER COLUMN id SET DEFAULT nextval('public."Users_id_seq"'::regclass);
ALTER TABLE ONLY public.clubs ALTER COLUMN id SET DEFAULT nextval('public.clubs_id_seq'::regclass);
ALTER TABLE ONLY public."ClubUsers"
    ADD CONSTRAINT "ClubUsers_pkey" PRIMARY KEY (club_id, user_id);
ALTER TABLE ONLY public."TeamUsers"
    ADD CONSTRAINT "TeamUsers_pkey" PRIMARY KEY ("TeamId", "UserId");
ALTER TABLE ONLY public."Teams"
    ADD CONSTRAINT "Teams_pkey" PRIMARY KEY (id);
ALTER TABLE ONLY public."Users"
    ADD CONSTRAINT "Users_pkey" PRIMARY KEY (id);
ALTER TABLE ONLY public.clubs
    ADD CONSTRAINT clubs_pkey PRIMARY KEY (id);
ALTER TABLE ONLY public."ClubUsers"
    ADD CONSTRAINT "ClubUsers_club_id_fkey" FOREIGN KEY (club_id) REFERENCES public.clubs(id) ON UPDATE CASCADE ON DELETE CASCADE;
ALTER TABLE ONLY public."ClubUsers"
    ADD CONSTRAINT "ClubUsers_user_id_fkey" FOREIGN KEY (user_id) REFERENCES public."Users"(id) ON UPDATE CASCADE ON DELETE CASCADE;
ALTER TABLE ONLY public."TeamUsers"
    ADD CONSTRAINT "TeamUsers_TeamId_fkey" FOREIGN KEY ("TeamId") REFERENCES public."Teams"(id) ON UPDATE CASCADE ON DELETE CASCADE;
ALTER TABLE ONLY public."TeamUsers"
    ADD CONSTRAINT "TeamUsers_UserId_fkey" FOREIGN KEY ("UserId") REFERENCES public."Users"(id) ON UPDATE CASCADE ON DELETE CASCADE;
