# Section 2.4.10: references, pids and ports are opaque values.
ref = make_ref()
IO.inspect(is_reference(ref))
IO.inspect(ref == ref)
IO.inspect(ref == make_ref())

me = self()
IO.inspect(is_pid(me))
IO.inspect(me == self())

# Their printed form changes from run to run, so only their types are shown here.
IO.inspect(inspect(me) =~ ~r/^#PID<\d+\.\d+\.\d+>$/)
IO.inspect(inspect(ref) =~ ~r/^#Reference</)
