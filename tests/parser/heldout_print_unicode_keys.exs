# Non-ASCII identifiers as atoms and keyword keys print without quotes.
[μs: 1, ñandú: 2, Ólá: 3, straße?: 4]
[:μs, :ñandú, :Ólá, :"straße!"]
{1, [μs: 1]}
