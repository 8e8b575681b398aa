# Section 3.1.6: a map pattern lists only the keys it needs.
%{name: name, age: age} = %{name: "Tess", age: 31, works_at: "Acme"}
IO.inspect({name, age})

%{age: just_age} = %{name: "Tess", age: 31}
IO.inspect(just_age)

try do
  %{height: _} = %{name: "Tess"}
rescue
  e in MatchError -> IO.puts(Exception.message(e))
end

settings = %{"mode" => "dark", "font" => 12}
%{"mode" => mode} = settings
IO.inspect(mode)
