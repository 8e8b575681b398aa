defmodule Vis do
  def public, do: private()
  defp private, do: :secret
  defmacro mac(x), do: x
  defmacrop macp(x), do: x
  defguard is_pos(x) when is_integer(x) and x > 0
  defguardp is_neg(x) when x < 0
  defdelegate reverse(list), to: Enum
  defdelegate size(m), to: Kernel, as: :map_size
  defoverridable public: 0
end
