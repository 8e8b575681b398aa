defmodule Wrapper do
  def call(fun) do
    try do
      fun.()
    rescue
      e -> reraise RuntimeError, [message: "wrapped: " <> Exception.message(e)], __STACKTRACE__
    end
  end
end
Wrapper.call(fn -> String.to_integer("nope") end)
