%User{name: name} = user
%User{} = user
%struct{} = value
%_{} = value
%mod{field: f} = value
def age(%User{age: age}), do: age
def name(%__MODULE__{name: n}), do: n
case x do
  %Date{year: y} -> y
  %{__struct__: mod} -> mod
end
%^mod{} = value
