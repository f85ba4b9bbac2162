INSERT INTO "Users" ("name", "email", "nickname") VALUES ('Alice', 'alice@example.com', 'al');
INSERT INTO "Tasks" ("title", "UserId") SELECT 'Write the docs', "id" FROM "Users" WHERE "email" = 'alice@example.com';
