from fastapi import FastAPI
from starlette.responses import Response
from starlette.status import HTTP_201_CREATED

app = FastAPI()

tasks = {"foo": "Listen to the Bar Fighters"}


@app.put("/get-or-create-task/{task_id}", status_code=200)
def get_or_create_task(task_id: str, response: Response):
    if task_id not in tasks:
        tasks[task_id] = "This didn't exist before"
        response.status_code = HTTP_201_CREATED
    return tasks[task_id]
