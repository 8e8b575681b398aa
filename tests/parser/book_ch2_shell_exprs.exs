1 + 2
2 * (3 + 1) / 4
"hello" <> " " <> "there"
seconds_per_day = 24 * 60 * 60
seconds_per_day * 7
weeks = 3; weeks * 7
IO.puts("typed in the shell")
h Enum.map
i 123
