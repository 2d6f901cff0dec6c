-- CreateEnum
CREATE TYPE "EntityRelationship" AS ENUM ('shareholder', 'partner', 'parent_company');

-- CreateEnum
CREATE TYPE "DisclosureForm" AS ENUM ('person', 'premises_manager', 'entity');

-- AlterEnum
ALTER TYPE "EntityPersonRole" ADD VALUE 'associated_entity';

-- AlterTable
ALTER TABLE "EntityPerson" ADD COLUMN     "organisationName" TEXT,
ADD COLUMN     "relationship" "EntityRelationship";

-- AlterTable
ALTER TABLE "DisclosureRequest" ADD COLUMN     "form" "DisclosureForm" NOT NULL DEFAULT 'person';
