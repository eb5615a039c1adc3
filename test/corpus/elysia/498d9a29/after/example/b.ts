import { Elysia } from '../src'

const app = new Elysia()
    .get("/", () => {})
