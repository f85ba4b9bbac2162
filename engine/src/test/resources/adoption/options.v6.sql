CREATE TABLE public."Accounts" (
    id integer NOT NULL,
    code character varying(20) NOT NULL,
    region character varying(10),
    number integer,
    "ownerName" character varying(255),
    "openedOn" timestamp with time zone NOT NULL,
    "deletedAt" timestamp with time zone
);
CREATE SEQUENCE public."Accounts_id_seq"
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;
ALTER SEQUENCE public."Accounts_id_seq" OWNED BY public."Accounts".id;
CREATE TABLE public.ledgers (
    id integer NOT NULL,
    account_id integer NOT NULL,
    posted_at timestamp with time zone,
    created_at timestamp with time zone NOT NULL,
    updated_at timestamp with time zone NOT NULL
);
CREATE SEQUENCE public.ledgers_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;
ALTER SEQUENCE public.ledgers_id_seq OWNED BY public.ledgers.id;
ALTER TABLE ONLY public."Accounts" ALTER COLUMN id SET DEFAULT nextval('public."Accounts_id_seq"'::regclass);
ALTER TABLE ONLY public.ledgers ALTER COLUMN id SET DEFAULT nextval('public.ledgers_id_seq'::regclass);
ALTER TABLE ONLY public."Accounts"
    ADD CONSTRAINT "Accounts_code_key" UNIQUE (code);
ALTER TABLE ONLY public."Accounts"
    ADD CONSTRAINT "Accounts_pkey" PRIMARY KEY (id);
ALTER TABLE ONLY public."Accounts"
    ADD CONSTRAINT "Accounts_region_number_key" UNIQUE (region, number);
ALTER TABLE ONLY public.ledgers
    ADD CONSTRAINT ledgers_pkey PRIMARY KEY (id);
CREATE UNIQUE INDEX account_region_desc ON public."Accounts" USING btree (region DESC, number) WHERE (number > 0);
CREATE INDEX accounts_owner_name ON public."Accounts" USING btree ("ownerName");
CREATE INDEX ledgers_account_id_posted_at ON public.ledgers USING btree (account_id, posted_at);
ALTER TABLE ONLY public.ledgers
    ADD CONSTRAINT ledgers_account_id_fkey FOREIGN KEY (account_id) REFERENCES public."Accounts"(id) ON DELETE CASCADE;
