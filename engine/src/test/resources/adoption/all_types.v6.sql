CREATE TYPE public."enum_Samples_mood" AS ENUM (
    'happy',
    'sad'
);
CREATE TYPE public."enum_Samples_status" AS ENUM (
    'draft',
    'published'
);
CREATE TABLE public."Samples" (
    uid uuid NOT NULL,
    str character varying(255),
    str40 character varying(40),
    chr character(3),
    txt text,
    "int" integer DEFAULT 7,
    big bigint,
    small smallint,
    flt double precision,
    rl real,
    dbl double precision,
    "dec" numeric(10,2),
    "decPlain" numeric,
    flag boolean DEFAULT false NOT NULL,
    "happenedAt" timestamp with time zone,
    day date,
    clock time without time zone,
    status public."enum_Samples_status",
    mood public."enum_Samples_mood",
    doc json,
    docb jsonb,
    bytes bytea,
    raw integer DEFAULT (1 + 1),
    "createdAt" timestamp with time zone NOT NULL,
    "updatedAt" timestamp with time zone NOT NULL
);
ALTER TABLE ONLY public."Samples"
    ADD CONSTRAINT "Samples_pkey" PRIMARY KEY (uid);
