%{} = map
%{a: a} = map
%{"key" => value} = map
%{a: %{b: b}} = nested
%{^key => value} = map
def f(%{name: name}), do: name
case m do
  %{status: :ok, data: data} -> data
  %{} -> nil
end
fn %{x: x, y: y} -> x + y end
