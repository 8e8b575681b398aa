defmodule Doc do
  @moduledoc """
  Indented by two.
    Extra indentation kept.
  Back to two.
  """
  def text do
    """
        four extra
      two extra
    zero
    """
  end
end
