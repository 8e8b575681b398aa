# Keyword keys that are containers or contain @ / ! / non-ASCII letters.
[%{}: :%]
[{}: 1, <<>>: 2]
[node@host: 1]
[name@!: 2]
[Ólá: 3, Ñu: 4]
[%: :%{}]
[...: 1]
[.: 2]
