defmodule Names do
  def normalize(list) when is_list(list), do: Enum.map(list, &String.trim/1)
end

IO.inspect(Names.normalize([" a ", "b "]))
Names.normalize([" ok", :not_a_string])
