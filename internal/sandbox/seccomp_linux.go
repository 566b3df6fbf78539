package sandbox

import (
	"errors"
	"runtime"
	"unsafe"

	seccomp "github.com/elastic/go-seccomp-bpf"
	"golang.org/x/net/bpf"
	"golang.org/x/sys/unix"
)

// deniedSyscalls fail with EPERM inside the sandbox. They either reach
// kernel interfaces no command needs (modules, kexec, bpf, perf, keyrings,
// io_uring — which bypasses seccomp for its operations), change the
// sandbox's own shape (mount family, namespaces, chroot, hostname), or
// inspect other processes (ptrace family, handle-based opens).
var deniedSyscalls = []string{
	"ptrace", "process_vm_readv", "process_vm_writev", "kcmp", "pidfd_getfd",
	"mount", "umount2", "pivot_root", "chroot", "fsopen", "fsconfig", "fsmount",
	"fspick", "move_mount", "open_tree", "mount_setattr",
	"unshare", "setns",
	"kexec_load", "kexec_file_load", "init_module", "finit_module", "delete_module",
	"reboot", "swapon", "swapoff", "acct", "quotactl", "quotactl_fd",
	"bpf", "perf_event_open", "userfaultfd", "fanotify_init",
	"keyctl", "add_key", "request_key",
	"io_uring_setup", "io_uring_enter", "io_uring_register",
	"open_by_handle_at", "name_to_handle_at",
	"sethostname", "setdomainname", "settimeofday", "clock_settime", "clock_adjtime", "adjtimex",
	"syslog", "vhangup", "iopl", "ioperm", "uselib", "nfsservctl", "lookup_dcookie",
}

// cloneNamespaceFlags are the clone(2) flags that create namespaces. The
// time namespace flag is not here: in clone(2) its bit is part of the exit
// signal field and the kernel only honours it through clone3/unshare, both
// refused.
const cloneNamespaceFlags = unix.CLONE_NEWUSER | unix.CLONE_NEWNS | unix.CLONE_NEWPID | unix.CLONE_NEWNET |
	unix.CLONE_NEWIPC | unix.CLONE_NEWUTS | unix.CLONE_NEWCGROUP

// seccompPolicy is a deny list on top of a default allow: commands are
// arbitrary programs, so an allow list would break them in ways nobody can
// predict, while the dangerous interfaces are few and well known.
func seccompPolicy() seccomp.Policy {
	eperm := seccomp.ActionErrno | seccomp.Action(unix.EPERM)
	enosys := seccomp.ActionErrno | seccomp.Action(unix.ENOSYS)

	// Sockets: only unix, netlink, and TCP/UDP over IPv4/IPv6. Raw and
	// packet sockets, and every other family (AF_ALG, vsock, bluetooth…),
	// are refused. The allow list is matched on the full 64-bit arguments,
	// so setting high bits to smuggle a value past it only lands in the
	// deny group below.
	var allowSocket []seccomp.NameWithConditions
	eq := func(arg uint32, v uint64) seccomp.Condition {
		return seccomp.Condition{Argument: arg, Operation: seccomp.Equal, Value: v}
	}
	for _, fam := range []uint64{unix.AF_UNIX, unix.AF_NETLINK} {
		allowSocket = append(allowSocket, seccomp.NameWithConditions{
			Name: "socket", Conditions: seccomp.ArgumentConditions{eq(0, fam)}})
	}
	for _, fam := range []uint64{unix.AF_INET, unix.AF_INET6} {
		for _, typ := range []uint64{unix.SOCK_STREAM, unix.SOCK_DGRAM} {
			for _, fl := range []uint64{0, unix.SOCK_CLOEXEC, unix.SOCK_NONBLOCK, unix.SOCK_CLOEXEC | unix.SOCK_NONBLOCK} {
				allowSocket = append(allowSocket, seccomp.NameWithConditions{
					Name: "socket", Conditions: seccomp.ArgumentConditions{eq(0, fam), eq(1, typ|fl)}})
			}
		}
	}

	return seccomp.Policy{
		DefaultAction: seccomp.ActionAllow,
		Syscalls: []seccomp.SyscallGroup{
			{Action: seccomp.ActionAllow, NamesWithCondtions: allowSocket},
			{
				Action: eperm,
				Names:  append(append([]string(nil), deniedSyscalls...), "socket"),
				NamesWithCondtions: []seccomp.NameWithConditions{
					{Name: "clone", Conditions: seccomp.ArgumentConditions{
						{Argument: 0, Operation: seccomp.BitsSet, Value: cloneNamespaceFlags}}},
					// TIOCSTI/TIOCLINUX push input into a terminal.
					{Name: "ioctl", Conditions: seccomp.ArgumentConditions{eq(1, unix.TIOCSTI)}},
					{Name: "ioctl", Conditions: seccomp.ArgumentConditions{eq(1, unix.TIOCLINUX)}},
				},
			},
			// clone3 passes its flags in memory seccomp cannot read; ENOSYS
			// makes the C library fall back to clone(2), which is checked.
			{Action: enosys, Names: []string{"clone3"}},
		},
	}
}

// assembleSeccomp compiles the policy to classic BPF for this architecture.
func assembleSeccomp() ([]unix.SockFilter, error) {
	policy := seccompPolicy()
	insts, err := policy.Assemble()
	if err != nil {
		return nil, err
	}
	raw, err := bpf.Assemble(insts)
	if err != nil {
		return nil, err
	}
	out := make([]unix.SockFilter, len(raw))
	for i, r := range raw {
		out[i] = unix.SockFilter{Code: r.Op, Jt: r.Jt, Jf: r.Jf, K: r.K}
	}
	return out, nil
}

// loadSeccomp installs prog on every thread of the init (TSYNC), so the
// command and anything left of the init run under it. no_new_privs must be
// set already.
func loadSeccomp(prog []unix.SockFilter) error {
	if len(prog) == 0 {
		return errors.New("empty seccomp program")
	}
	fprog := unix.SockFprog{Len: uint16(len(prog)), Filter: &prog[0]}
	_, _, e := unix.Syscall(unix.SYS_SECCOMP, unix.SECCOMP_SET_MODE_FILTER, unix.SECCOMP_FILTER_FLAG_TSYNC,
		uintptr(unsafe.Pointer(&fprog)))
	runtime.KeepAlive(prog)
	if e != 0 {
		return e
	}
	return nil
}

// dropCapabilities empties the bounding, ambient, inheritable, permitted and
// effective sets of the calling thread and locks the securebits, so the
// command — uid 0 inside its user namespace — gains nothing on exec.
func dropCapabilities() error {
	// Lock "root is not special" before the bounding set goes.
	const secbits = 1<<0 | 1<<1 | // SECBIT_NOROOT(_LOCKED)
		1<<2 | 1<<3 | // SECBIT_NO_SETUID_FIXUP(_LOCKED)
		1<<5 | // SECBIT_KEEP_CAPS_LOCKED
		1<<6 | 1<<7 // SECBIT_NO_CAP_AMBIENT_RAISE(_LOCKED)
	if err := unix.Prctl(unix.PR_SET_SECUREBITS, secbits, 0, 0, 0); err != nil {
		return err
	}
	if err := unix.Prctl(unix.PR_CAP_AMBIENT, unix.PR_CAP_AMBIENT_CLEAR_ALL, 0, 0, 0); err != nil {
		return err
	}
	for c := 0; c <= 63; c++ {
		if err := unix.Prctl(unix.PR_CAPBSET_DROP, uintptr(c), 0, 0, 0); err != nil {
			if err == unix.EINVAL {
				break // past CAP_LAST_CAP
			}
			return err
		}
	}
	hdr := unix.CapUserHeader{Version: unix.LINUX_CAPABILITY_VERSION_3}
	var data [2]unix.CapUserData
	return unix.Capset(&hdr, &data[0])
}
