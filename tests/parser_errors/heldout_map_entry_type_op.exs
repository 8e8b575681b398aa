# A keyword written with a doubled colon inside a map reads as `formatter :: "json"`,
# a type operator, which is not a valid map entry.
def output(%{formatter:: "json"}), do: :ok
