CREATE TABLE public."Accounts" (
    id integer NOT NULL,
    name character varying(255)
);
CREATE SEQUENCE public."Accounts_id_seq"
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;
ALTER SEQUENCE public."Accounts_id_seq" OWNED BY public."Accounts".id;
CREATE TABLE public."Transfers" (
    id integer NOT NULL,
    "fromId" integer,
    "toId" integer,
    "viaId" integer,
    "byId" integer
);
CREATE SEQUENCE public."Transfers_id_seq"
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;
ALTER SEQUENCE public."Transfers_id_seq" OWNED BY public."Transfers".id;
ALTER TABLE ONLY public."Accounts" ALTER COLUMN id SET DEFAULT nextval('public."Accounts_id_seq"'::regclass);
ALTER TABLE ONLY public."Transfers" ALTER COLUMN id SET DEFAULT nextval('public."Transfers_id_seq"'::regclass);
ALTER TABLE ONLY public."Accounts"
    ADD CONSTRAINT "Accounts_pkey" PRIMARY KEY (id);
ALTER TABLE ONLY public."Transfers"
    ADD CONSTRAINT "Transfers_pkey" PRIMARY KEY (id);
ALTER TABLE ONLY public."Transfers"
    ADD CONSTRAINT "Transfers_byId_fkey" FOREIGN KEY ("byId") REFERENCES public."Accounts"(id) DEFERRABLE INITIALLY DEFERRED;
ALTER TABLE ONLY public."Transfers"
    ADD CONSTRAINT "Transfers_fromId_fkey" FOREIGN KEY ("fromId") REFERENCES public."Accounts"(id) DEFERRABLE INITIALLY DEFERRED;
ALTER TABLE ONLY public."Transfers"
    ADD CONSTRAINT "Transfers_toId_fkey" FOREIGN KEY ("toId") REFERENCES public."Accounts"(id) ON DELETE CASCADE DEFERRABLE;
ALTER TABLE ONLY public."Transfers"
    ADD CONSTRAINT "Transfers_viaId_fkey" FOREIGN KEY ("viaId") REFERENCES public."Accounts"(id);
