%User{user | name: "b"}
%User{user | name: "b", age: 2}
%__MODULE__{state | items: []}
%name{s | a: 1}
%_{s | a: 1}
%User{user |
  name: "b",
  age: 2}
