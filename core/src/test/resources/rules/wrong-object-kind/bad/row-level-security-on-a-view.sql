-- expect: wrong-object-kind
ALTER TABLE "ActiveUser" ENABLE ROW LEVEL SECURITY;
