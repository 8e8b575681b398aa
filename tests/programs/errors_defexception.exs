# Custom exceptions with defexception.
defmodule NotFoundError do
  defexception message: "resource not found"
end

defmodule ValidationError do
  defexception [:field, :reason]

  @impl true
  def message(%{field: field, reason: reason}), do: "#{field} is invalid: #{reason}"
end

defmodule LimitError do
  defexception [:limit, message: "limit exceeded"]

  @impl true
  def exception(limit) when is_integer(limit) do
    %LimitError{limit: limit, message: "limit of #{limit} exceeded"}
  end
end

try do
  raise NotFoundError
rescue
  e -> IO.inspect({e, Exception.message(e)})
end

try do
  raise NotFoundError, message: "no user 7"
rescue
  e in NotFoundError -> IO.puts(e.message)
end

try do
  raise ValidationError, field: :email, reason: "missing @"
rescue
  e -> IO.puts(Exception.message(e))
end

try do
  raise LimitError, 10
rescue
  e -> IO.inspect(e)
end

IO.inspect(Exception.exception?(struct(NotFoundError)))
IO.inspect(Exception.exception?(%{}))
e = NotFoundError.exception(message: "built")
IO.inspect(e)
IO.inspect(is_exception(e))
IO.inspect(is_exception(e, NotFoundError))
