# `@` glued between identifier characters is part of the identifier, which is invalid (it is not `a(@b)`).
value = node@host
