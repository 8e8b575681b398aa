map.key
map[:key]
map["key"]
map.a.b.c
map[:a][:b]
map.a[:b].c
%{a: 1}.a
Map.get(map, :key)
Map.put(map, :key, :value)
map |> Map.fetch!(:key)
