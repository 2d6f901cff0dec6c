-- Trigram matching for the staff searches ("contains" on names, e-mail addresses and numbers).
-- Written by hand: Prisma's schema does not declare extensions. pg_trgm is a trusted extension
-- (PostgreSQL 13+), so the database's owner may create it; PGlite loads it (lib/db/pglite.ts).
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- CreateIndex
CREATE INDEX "User_firstName_trgm_idx" ON "User" USING GIN ("firstName" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "User_lastName_trgm_idx" ON "User" USING GIN ("lastName" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "User_email_trgm_idx" ON "User" USING GIN ("email" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "Entity_legalName_trgm_idx" ON "Entity" USING GIN ("legalName" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "Entity_operatingName_trgm_idx" ON "Entity" USING GIN ("operatingName" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "Licence_number_trgm_idx" ON "Licence" USING GIN ("number" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "Application_fileNumber_trgm_idx" ON "Application" USING GIN ("fileNumber" gin_trgm_ops);
