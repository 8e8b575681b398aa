# `do` followed by a value without a colon, in the middle of a module.
defmodule Sections do
  def help_section(), do :configuration

  def other, do: :ok
end
