-- expect: dependent-objects
DROP EXTENSION "uuid-ossp";
