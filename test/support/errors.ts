/** Readers for the errors zapier-platform-core wraps as JSON; no HTTP mocking here. */

/** zapier-platform-core serialises an app error's message, code and status as JSON. */
export const errorOf = (
  error: unknown,
): { name: string; message: string; code?: string; delay?: number } => {
  const { name, message } = error as Error;
  try {
    const parsed = JSON.parse(message) as { message: string; code?: string; delay?: number };
    return { name, ...parsed };
  } catch {
    return { name, message };
  }
};

export const failureOf = async (promise: Promise<unknown>) => {
  try {
    await promise;
  } catch (error) {
    return errorOf(error);
  }
  throw new Error('Expected the step to fail, but it succeeded');
};
