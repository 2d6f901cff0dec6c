import { openDatabase } from "@/lib/db/create-client";
import { databaseTarget, describeTarget } from "@/lib/db/target";
import { DEMO_PASSWORD, seedDemoData } from "./seed/demo-data";

/** `npm run db:seed`: loads the demo data (idempotent) and prints the demo accounts. */
async function main() {
  const target = databaseTarget();
  const { db, close } = openDatabase(target);
  try {
    const { users, created } = await seedDemoData(db);
    console.log(
      created > 0 ? `Seeded ${created} demo rows into ${describeTarget(target)}.` : "Demo data already loaded.",
    );
    console.log(`\nDemo accounts (password for all: ${DEMO_PASSWORD})`);
    for (const user of users) console.log(`  ${user.role.padEnd(18)} ${user.locale}  ${user.email}`);
    console.log("");
  } finally {
    await close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
