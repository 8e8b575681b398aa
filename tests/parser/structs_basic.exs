%User{}
%User{name: "a"}
%User{name: "a", age: 1}
%Foo.Bar{}
%Foo.Bar{x: 1}
%__MODULE__{}
%__MODULE__{a: 1}
%__MODULE__.Sub{}
%_{}
%_{a: 1}
%name{}
%name{a: 1}
%@attr{}
%:erlang_mod{}
%Elixir.User{}
%User{"a" => 1}
