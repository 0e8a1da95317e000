// Debian's pthreadpool is not built with ThreadSanitizer, so TSan cannot see how it hands the work to
// its threads and back. Under TSan, these annotations state that hand-off: the caller releases the
// context before each parallel call and acquires it after; each task acquires it before reading and
// releases it after writing. They compile to nothing otherwise.
#ifndef SMAX_TSAN_H_
#define SMAX_TSAN_H_

#if defined(__SANITIZE_THREAD__)
#define SMAX_TSAN 1
#elif defined(__has_feature)
#if __has_feature(thread_sanitizer)
#define SMAX_TSAN 1
#endif
#endif
#ifndef SMAX_TSAN
#define SMAX_TSAN 0
#endif

#if SMAX_TSAN
void __tsan_acquire(void* address);
void __tsan_release(void* address);
#define SMAX_TSAN_ACQUIRE(address) __tsan_acquire(address)
#define SMAX_TSAN_RELEASE(address) __tsan_release(address)
#else
#define SMAX_TSAN_ACQUIRE(address) ((void) (address))
#define SMAX_TSAN_RELEASE(address) ((void) (address))
#endif

#endif  // SMAX_TSAN_H_
