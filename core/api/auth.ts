// Signing in and who the token belongs to.
import { z } from 'zod';
import { Agent } from '../model';

export const LoginRequest = z.object({
  email: z.string().trim().toLowerCase().email(),
  password: z.string().min(1),
});
export type LoginRequest = z.infer<typeof LoginRequest>;

export const LoginResponse = z.object({ token: z.string(), agent: Agent });
export type LoginResponse = z.infer<typeof LoginResponse>;

export const MeResponse = z.object({ agent: Agent });
