def run(paths):
    print("The reader is not built yet (issue 3); try `pressroom quotes`.")
    return 0
