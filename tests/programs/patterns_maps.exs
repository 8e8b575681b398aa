# Map patterns match a subset of keys; %{} matches any map.
%{name: name} = %{name: "Ann", age: 30}
IO.inspect(name)
%{} = %{anything: 1}
%{"str" => s, 1 => one} = %{"str" => "string key", 1 => :int_key, 2 => :x}
IO.inspect({s, one})
key = :dynamic
%{^key => dv} = %{dynamic: "pinned key"}
IO.inspect(dv)

route = fn
  %{method: "GET", path: "/"} -> :home
  %{method: "GET", path: path} -> {:get, path}
  %{method: method} when method in ["POST", "PUT"] -> :write
  %{} -> :unknown
end

IO.inspect(route.(%{method: "GET", path: "/"}))
IO.inspect(route.(%{method: "GET", path: "/about"}))
IO.inspect(route.(%{method: "PUT", path: "/x"}))
IO.inspect(route.(%{method: "DELETE"}))
IO.inspect(route.(%{}))

%{user: %{address: %{city: city}}} = %{user: %{address: %{city: "Oslo", zip: "0150"}}}
IO.inspect(city)

try do
  %{missing: _} = %{present: 1}
rescue
  e -> IO.puts(Exception.message(e))
end

m = %{a: 1, b: 2}
case m do
  %{a: 1} = whole -> IO.inspect({:matched, map_size(whole)})
end
