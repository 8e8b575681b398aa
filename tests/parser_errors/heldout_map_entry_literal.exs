# A map entry that is neither `key => value`, a keyword, a variable nor a call is rejected.
value = %{1}
