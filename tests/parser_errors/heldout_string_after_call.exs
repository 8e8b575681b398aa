# A string right after a call with no comma: the message shows the string up to its first interpolation.
{:error, code() "User #{username} does not exist"}
