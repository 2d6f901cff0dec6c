-- AlterEnum
ALTER TYPE "ApplicationType" ADD VALUE 'report';
